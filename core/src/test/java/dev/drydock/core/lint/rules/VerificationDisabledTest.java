package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class VerificationDisabledTest {

    @Test
    void cases() {
        catches("DD5003", "FROM debian\nRUN curl -k https://x.example/a -o a\n");
        catches("DD5003", "FROM debian\nRUN curl -kfsSL https://x.example/a -o a\n");
        catches("DD5003", "FROM debian\nRUN sudo wget --no-check-certificate https://x.example/a\n");
        catches("DD5003", "FROM debian\nRUN python3 -m pip install --trusted-host=pypi.x.example x\n");
        catches("DD5003", "FROM python\nRUN pip3.12 install --trusted-host pypi.x.example x\n");
        catches("DD5003", "FROM node\nRUN npm config set strict-ssl false && npm ci\n");
        catches("DD5003", "FROM node\nRUN yarn config set strict-ssl false\n");
        catches("DD5003", "FROM debian\nRUN git config --global http.sslVerify false\n");
        catches("DD5003", "FROM debian\nRUN git -c http.sslverify=0 clone https://x.example/r.git\n");
        catches("DD5003", "FROM debian\nRUN apt-get install -y --allow-unauthenticated curl\n");
        catches("DD5003", "FROM alpine\nRUN apk add --allow-untrusted /tmp/x.apk\n");
        catches("DD5003", "FROM fedora\nRUN rpm -i --nosignature x.rpm && dnf install -y --nogpgcheck y\n");
        catches("DD5003", "FROM node\nRUN export NODE_TLS_REJECT_UNAUTHORIZED=0 && npm ci\n");
        catches("DD5003", "FROM node\nARG NODE_TLS_REJECT_UNAUTHORIZED=0\n");
        catches("DD5003", "FROM debian\nENV GIT_SSL_NO_VERIFY=true\n");
        catches("DD5003", "FROM debian\nRUN <<EOF\ncurl --insecure https://x.example/a\nEOF\n");
        passes("DD5003", "FROM debian\nRUN curl -fsSL https://x.example/a -o a\n");
        passes("DD5003", "FROM debian\nRUN echo --insecure && grep -k x y || true\n");
        passes("DD5003", "FROM node\nRUN npm config set strict-ssl true\n");
        passes("DD5003", "FROM debian\nENV GIT_SSL_NO_VERIFY=false NODE_TLS_REJECT_UNAUTHORIZED=1\n");
        passes("DD5003", "FROM debian\nRUN git config --global http.sslVerify true\n");
    }
}
