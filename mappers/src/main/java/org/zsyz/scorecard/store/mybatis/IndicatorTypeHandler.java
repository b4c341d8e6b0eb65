package org.zsyz.scorecard.store.mybatis;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.MappedJdbcTypes;
import org.apache.ibatis.type.MappedTypes;
import org.zsyz.scorecard.store.indicator.Indicator;

/** An indicator is stored by its code; one the built-in list lacks is read back bare (code only), for the year's catalogue to name. */
@MappedTypes(Indicator.class)
@MappedJdbcTypes(value = JdbcType.VARCHAR, includeNullJdbcType = true)
public class IndicatorTypeHandler extends BaseTypeHandler<Indicator> {

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, Indicator parameter, JdbcType jdbcType)
            throws SQLException {
        ps.setString(i, parameter.code());
    }

    @Override
    public Indicator getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return parse(rs.getString(columnName));
    }

    @Override
    public Indicator getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return parse(rs.getString(columnIndex));
    }

    @Override
    public Indicator getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return parse(cs.getString(columnIndex));
    }

    private static Indicator parse(String value) {
        return value == null ? null : Indicator.ofStoredCode(value.trim());
    }
}
