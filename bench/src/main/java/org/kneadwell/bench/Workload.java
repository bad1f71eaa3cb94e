package org.kneadwell.bench;

import java.util.List;
import java.util.Map;

/**
 * One benchmark workload (W1..W6 of issue 15). Database workloads run against the app started on the
 * generated clinic of each size; {@link #perSize()} says whether to repeat it at every size. A workload that
 * needs data of its own adds a {@link DataPart} in {@link #data()}.
 */
interface Workload {

    String id();

    default List<DataPart> data() {
        return List.of();
    }

    /** True for workloads that start their own app (W6); false for those run against the generated clinic. */
    default boolean ownApp() {
        return false;
    }

    default boolean perSize() {
        return true;
    }

    /** Runs and returns the result entries (each a JSON object with at least "workload" and "phase"). */
    List<Map<String, Object>> run(BenchContext context) throws Exception;
}
