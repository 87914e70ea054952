package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class NpmVersionsNotPinnedTest {

    @Test
    void cases() {
        catches("DD3016", "FROM node\nRUN npm install express\n");
        catches("DD3016", "FROM node\nRUN npm i -g @angular/cli\n");
        catches("DD3016", "FROM node\nRUN npm install -g typescript@5.5.4 \\\n    pnpm\n");
        catches("DD3016", "FROM node\nRUN npm install git+https://example.org/lib.git\n");
        catches("DD3016", "FROM node\nRUN <<EOF\nnpm install --registry https://example.org express\nEOF\n");
        passes("DD3016", "FROM node\nRUN npm install\n");
        passes("DD3016", "FROM node\nRUN npm ci\n");
        passes("DD3016", "FROM node\nRUN npm install express@4.19.2 @angular/cli@18 lodash@latest\n");
        passes("DD3016", "FROM node\nRUN npm install ./tools/ /tmp/x.tgz git+https://example.org/lib.git#v1\n");
        passes("DD3016", "FROM node\nRUN npm install $PACKAGES\n");
        passes("DD3016", "FROM node\nRUN npm run install\n");
    }
}
