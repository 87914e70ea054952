package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class NpmCacheNotCleanedTest {

    @Test
    void cases() {
        catches("DD5011", "FROM node\nRUN npm ci\n");
        catches("DD5011", "FROM node\nRUN npm install -g pnpm@9\n");
        catches("DD5011", "FROM node\nRUN npm cache clean --force && npm i\n");
        catches("DD5011", "FROM node\nRUN <<EOF\nnpm ci\nnpm run build\nEOF\n");
        passes("DD5011", "FROM node\nRUN npm ci && npm cache clean --force\n");
        passes("DD5011", "FROM node\nRUN npm ci \\\n && rm -rf /root/.npm\n");
        passes("DD5011", "FROM node\nRUN npm ci && rm -rf ~/.npm\n");
        passes("DD5011", "FROM node\nRUN --mount=type=cache,target=/root/.npm npm ci\n");
        passes("DD5011", "FROM node\nRUN npm run build\n");
    }
}
