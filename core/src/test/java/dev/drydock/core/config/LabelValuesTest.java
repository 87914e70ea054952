package dev.drydock.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelValuesTest {

    /** One line per case: type | value | accepted. */
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            TEXT    | anything at all                                  | true
            TEXT    | '   '                                            | false
            URL     | https://example.com/app                          | true
            URL     | mailto:team@example.com                          | true
            URL     | example.com/app                                  | false
            URL     | https://exa mple.com                             | false
            SEMVER  | 1.4.2                                            | true
            SEMVER  | 1.0.0-rc.1+build.5                               | true
            SEMVER  | 1.4                                              | false
            SEMVER  | 01.4.2                                           | false
            SEMVER  | v1.4.2                                           | false
            RFC3339 | 2024-05-01T12:00:00Z                             | true
            RFC3339 | 2024-05-01T12:00:00.123+02:00                    | true
            RFC3339 | 2024-05-01t12:00:00z                             | true
            RFC3339 | 2024-05-01                                       | false
            RFC3339 | 2024-05-01T12:00:00                              | false
            RFC3339 | 2024-13-01T12:00:00Z                             | false
            HASH    | 3f786850e387550fdab836ed7e6dc881de23001b         | true
            HASH    | 3f78685                                          | true
            HASH    | 3f7868                                           | false
            HASH    | 3f786850e387550fdab836ed7e6dc881de23001g         | false
            EMAIL   | team@example.com                                 | true
            EMAIL   | first.last+docker@mail.example.org               | true
            EMAIL   | team@example                                     | false
            EMAIL   | team example.com                                 | false
            EMAIL   | Team <team@example.com>                          | false
            SPDX    | MIT                                              | true
            SPDX    | Apache-2.0 OR MIT                                | true
            SPDX    | GPL-2.0-only WITH Classpath-exception-2.0        | true
            SPDX    | (MIT OR Apache-2.0) AND BSD-3-Clause             | true
            SPDX    | LicenseRef-Proprietary                           | true
            SPDX    | GPL-2.0+                                         | true
            SPDX    | MIT OR                                           | false
            SPDX    | (MIT                                             | false
            SPDX    | The MIT License                                  | false
            """)
    void checksValuesByType(LabelType type, String value, boolean accepted) {
        assertThat(LabelValues.accepts(type, value)).isEqualTo(accepted);
    }
}
