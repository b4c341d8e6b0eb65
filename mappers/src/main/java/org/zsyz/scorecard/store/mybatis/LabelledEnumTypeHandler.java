package org.zsyz.scorecard.store.mybatis;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.zsyz.scorecard.domain.Labelled;

/** Stores a closed-list value by its Chinese label, so the tables read as the returns do. */
public abstract class LabelledEnumTypeHandler<E extends Enum<E> & Labelled> extends BaseTypeHandler<E> {

    private final Class<E> type;

    protected LabelledEnumTypeHandler(Class<E> type) {
        this.type = type;
    }

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, E parameter, JdbcType jdbcType) throws SQLException {
        ps.setString(i, parameter.label());
    }

    @Override
    public E getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return fromLabel(rs.getString(columnName));
    }

    @Override
    public E getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return fromLabel(rs.getString(columnIndex));
    }

    @Override
    public E getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return fromLabel(cs.getString(columnIndex));
    }

    private E fromLabel(String label) throws SQLException {
        if (label == null) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.label().equals(label)) {
                return value;
            }
        }
        throw new SQLException("Unknown " + type.getSimpleName() + " label in the database: " + label);
    }
}
