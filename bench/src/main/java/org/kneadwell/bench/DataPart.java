package org.kneadwell.bench;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One part of the generated data set. {@link DataGenerator} runs each part on one connection to a database
 * that Flyway has built and the demo clinic seeded (the templates every part copies from), inside one
 * transaction. Later workloads (W1 pain scores, W4 FHIR, W5 cohorts) add parts of their own.
 */
interface DataPart {

    String name();

    void generate(Connection db, Scale scale) throws SQLException;
}
