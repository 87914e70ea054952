package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

/** DD3062 to DD3067: the rules Hadolint added after DL3061. One line per case. */
class HadolintNewerRulesTest {

    @Test
    void goInstallVersionsNotPinned() {
        catches("DD3062", "FROM golang:1.23\nRUN go install example.com/tool\n");
        catches("DD3062", "FROM golang:1.23\nRUN go install example.com/tool@latest\n");
        catches("DD3062", "FROM golang:1.23\nRUN go install -tags netgo example.com/tool\n");
        catches("DD3062", "FROM golang:1.23\nONBUILD RUN go install example.com/tool\n");
        passes("DD3062", "FROM golang:1.23\nRUN go install example.com/tool@v1.2.3\n");
        passes("DD3062", "FROM golang:1.23\nRUN go install ./cmd/server . /src/tool\n");
        passes("DD3062", "FROM golang:1.23\nRUN go build example.com/tool && go get example.com/lib\n");
        passes("DD3062", "FROM golang:1.23\nARG TOOL\nRUN go install $TOOL\n");
    }

    @Test
    void reservedStageName() {
        catches("DD3063", "FROM debian:12 AS scratch\n");
        catches("DD3063", "FROM debian:12 as CONTEXT\n");
        passes("DD3063", "FROM scratch\n");
        passes("DD3063", "FROM debian:12 AS contexts\n");
    }

    @Test
    void sensitiveBuildVariableName() {
        catches("DD3064", "FROM node:22\nARG GITHUB_TOKEN\n");
        catches("DD3064", "FROM node:22\nENV db_password=x\n");
        catches("DD3064", "FROM node:22\nENV APP=web MY_CLIENT_KEY=$KEY\n");
        catches("DD3064", "FROM node:22\nONBUILD ARG DOCKER_USERNAME\n");
        passes("DD3064", "FROM node:22\nARG NODE_ENV=production\nENV PATH=/app/bin:$PATH\n");
        passes("DD3064", "FROM node:22\nLABEL secret=no\n");
    }

    @Test
    void redundantTargetPlatform() {
        catches("DD3065", "FROM --platform=$TARGETPLATFORM debian:12\n");
        catches("DD3065", "FROM --platform=${TARGETPLATFORM} debian:12\n");
        passes("DD3065", "FROM --platform=$BUILDPLATFORM debian:12\n");
        passes("DD3065", "FROM --platform=linux/amd64 debian:12\n");
        passes("DD3065", "FROM debian:12\n");
    }

    @Test
    void nonNumericUser() {
        catches("DD3066", "FROM debian:12\nUSER app\n");
        catches("DD3066", "FROM debian:12\nUSER app:1000\n");
        catches("DD3066", "FROM debian:12\nUSER root\n");
        passes("DD3066", "FROM debian:12\nUSER 1000\n");
        passes("DD3066", "FROM debian:12\nUSER 1000:app\n");
        passes("DD3066", "FROM debian:12\nUSER $APP_UID\n");
    }

    @Test
    void wholeFilesystemFromStage() {
        catches("DD3067", "FROM debian:12 AS a\nFROM scratch\nCOPY --from=a / /\n");
        catches("DD3067", "FROM scratch\nCOPY --from=busybox:1.36 --chown=0:0 / /\n");
        catches("DD3067", "FROM debian:12 AS a\nFROM scratch\nCOPY --from=a [\"/\", \"/\"]\n");
        passes("DD3067", "FROM debian:12 AS a\nFROM scratch\nCOPY --from=a / /rootfs/\n");
        passes("DD3067", "FROM debian:12 AS a\nFROM scratch\nCOPY --from=a /bin /bin\n");
        passes("DD3067", "FROM scratch\nCOPY / /\n");
    }
}
