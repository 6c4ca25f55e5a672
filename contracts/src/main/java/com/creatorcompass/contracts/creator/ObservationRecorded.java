package com.creatorcompass.contracts.creator;

/**
 * An event that wraps a scraped observation in the store's own fields. Its stored shape is those
 * fields beside one {@value #OBSERVATION} object; earlier revisions had the observation's fields flat
 * beside them, which the upcasters nest.
 */
public interface ObservationRecorded {

    /** The JSON property (and record component) that holds the observation. */
    String OBSERVATION = "observation";

    Object observation();
}
