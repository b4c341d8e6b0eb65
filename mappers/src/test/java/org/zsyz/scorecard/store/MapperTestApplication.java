package org.zsyz.scorecard.store;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The configuration mapper tests boot; not part of the shared test-jar. */
@SpringBootApplication
public class MapperTestApplication {}
