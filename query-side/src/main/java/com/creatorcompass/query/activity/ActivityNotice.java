package com.creatorcompass.query.activity;

import com.creatorcompass.contracts.query.Activity;
import com.creatorcompass.contracts.stream.Alert;
import java.time.Instant;

/** What a writer tells every API process, through PostgreSQL's NOTIFY, once its transaction commits. */
record ActivityNotice(Activity.Kind kind, String creatorId, Instant at, String detail, Alert alert) {}
