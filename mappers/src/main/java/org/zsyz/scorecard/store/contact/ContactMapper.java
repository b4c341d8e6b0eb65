package org.zsyz.scorecard.store.contact;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ContactMapper {

    void insertContact(Contact contact);

    /** Sets the secret of an existing contact (same owner and address); 0 when there is none. */
    int updateSecret(@Param("owner") String owner, @Param("address") String address, @Param("secret") String secret);

    /** The bureau's first, then by unit code, then in the order they were added. */
    List<Contact> findAll();

    List<Contact> findByOwner(String owner);

    int deleteByOwner(String owner);

    int deleteAddress(@Param("owner") String owner, @Param("address") String address);
}
