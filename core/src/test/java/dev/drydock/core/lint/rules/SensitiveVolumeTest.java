package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class SensitiveVolumeTest {

    @Test
    void cases() {
        catches("DD5009", "FROM alpine\nVOLUME /\n");
        catches("DD5009", "FROM alpine\nVOLUME //sys//\n");
        catches("DD5009", "FROM alpine\nVOLUME /dev/shm\n");
        catches("DD5009", "FROM alpine\nVOLUME [\"/data\", \"/run/docker.sock\"]\n");
        catches("DD5009", "FROM alpine\nARG SOCK=/var/run/docker.sock\nVOLUME $SOCK\n");
        passes("DD5009", "FROM alpine\nVOLUME /data /var/lib/postgresql/data\n");
        passes("DD5009", "FROM alpine\nVOLUME /devices /etcetera\n");
        passes("DD5009", "FROM alpine\nRUN mkdir /proc2\n");
    }
}
