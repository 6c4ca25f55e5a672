package com.creatorcompass.query;

import com.creatorcompass.testsupport.TestDatabase;
import com.creatorcompass.testsupport.TestDatabases;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A fresh database with the query side's migrations applied: the warehouse, series and analytics schemas. */
public final class MigratedWarehouse {

    private MigratedWarehouse() {}

    public static DriverManagerDataSource fresh() {
        TestDatabase database = TestDatabases.fresh();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                database.jdbcUrl(), database.username(), database.password() == null ? "" : database.password());
        new QuerySideConfiguration().warehouseFlyway(dataSource).migrate();
        return dataSource;
    }
}
