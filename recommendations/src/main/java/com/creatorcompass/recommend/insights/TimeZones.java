package com.creatorcompass.recommend.insights;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * The time zone posting hours are read in: the region's when the region has exactly one (or all but
 * a sliver of its people in one), else UTC. A region spanning several zones (US, BR, RU, AU, ...)
 * says nothing about the hour a creator posts at.
 */
final class TimeZones {

    private static final Map<String, String> SINGLE_ZONE = Map.ofEntries(
            Map.entry("GB", "Europe/London"),
            Map.entry("IE", "Europe/Dublin"),
            Map.entry("DE", "Europe/Berlin"),
            Map.entry("FR", "Europe/Paris"),
            Map.entry("IT", "Europe/Rome"),
            Map.entry("NL", "Europe/Amsterdam"),
            Map.entry("BE", "Europe/Brussels"),
            Map.entry("CH", "Europe/Zurich"),
            Map.entry("AT", "Europe/Vienna"),
            Map.entry("PL", "Europe/Warsaw"),
            Map.entry("CZ", "Europe/Prague"),
            Map.entry("SE", "Europe/Stockholm"),
            Map.entry("NO", "Europe/Oslo"),
            Map.entry("DK", "Europe/Copenhagen"),
            Map.entry("FI", "Europe/Helsinki"),
            Map.entry("GR", "Europe/Athens"),
            Map.entry("RO", "Europe/Bucharest"),
            Map.entry("HU", "Europe/Budapest"),
            Map.entry("TR", "Europe/Istanbul"),
            Map.entry("UA", "Europe/Kyiv"),
            Map.entry("IL", "Asia/Jerusalem"),
            Map.entry("AE", "Asia/Dubai"),
            Map.entry("SA", "Asia/Riyadh"),
            Map.entry("EG", "Africa/Cairo"),
            Map.entry("NG", "Africa/Lagos"),
            Map.entry("ZA", "Africa/Johannesburg"),
            Map.entry("KE", "Africa/Nairobi"),
            Map.entry("IN", "Asia/Kolkata"),
            Map.entry("PK", "Asia/Karachi"),
            Map.entry("BD", "Asia/Dhaka"),
            Map.entry("TH", "Asia/Bangkok"),
            Map.entry("VN", "Asia/Ho_Chi_Minh"),
            Map.entry("PH", "Asia/Manila"),
            Map.entry("MY", "Asia/Kuala_Lumpur"),
            Map.entry("SG", "Asia/Singapore"),
            Map.entry("JP", "Asia/Tokyo"),
            Map.entry("KR", "Asia/Seoul"),
            Map.entry("TW", "Asia/Taipei"),
            Map.entry("HK", "Asia/Hong_Kong"),
            Map.entry("CO", "America/Bogota"),
            Map.entry("PE", "America/Lima"),
            Map.entry("AR", "America/Argentina/Buenos_Aires"));

    static final ZoneId UTC = ZoneId.of("UTC");

    private TimeZones() {}

    /** The zone of a region with one, or empty. */
    static Optional<ZoneId> of(String region) {
        return Optional.ofNullable(region == null ? null : SINGLE_ZONE.get(region))
                .map(ZoneId::of);
    }

    static ZoneId orUtc(String region) {
        return of(region).orElse(UTC);
    }
}
