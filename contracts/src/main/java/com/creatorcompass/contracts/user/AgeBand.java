package com.creatorcompass.contracts.user;

/** The age bands TikTok's own audience analytics use. */
public enum AgeBand {
    AGE_13_17,
    AGE_18_24,
    AGE_25_34,
    AGE_35_44,
    AGE_45_54,
    AGE_55_PLUS
}
