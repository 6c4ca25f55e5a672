package com.creatorcompass.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.PostKind;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.observation.VideoObservation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservationsTest {

    static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");

    @Test
    void a_profile_is_built_with_ordinary_values_and_what_the_test_names() {
        ProfileObservation profile = Observations.profileAt(AT)
                .nickname("Ana")
                .followers(1_200)
                .likes(Count.rounded(4_300_000))
                .region("GB", "en")
                .build();

        assertThat(profile)
                .isEqualTo(new ProfileObservation(
                        AT,
                        null,
                        null,
                        "Ana",
                        "",
                        false,
                        Count.exact(1_200),
                        Count.exact(10),
                        Count.rounded(4_300_000),
                        Count.exact(10),
                        "GB",
                        "en"));
    }

    @Test
    void a_video_is_built_with_ordinary_values_and_what_the_test_names() {
        VideoObservation photo = Observations.videoAt("v1", AT)
                .caption("a slideshow #art", "art")
                .counts(900, 90, 9, 1)
                .photo()
                .build();

        assertThat(photo)
                .isEqualTo(new VideoObservation(
                        "v1",
                        AT,
                        AT.minusSeconds(86_400),
                        "a slideshow #art",
                        List.of("art"),
                        null,
                        Count.exact(900),
                        Count.exact(90),
                        Count.exact(9),
                        Count.exact(1),
                        null,
                        PostKind.PHOTO));
    }
}
