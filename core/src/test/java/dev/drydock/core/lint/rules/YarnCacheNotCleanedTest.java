package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class YarnCacheNotCleanedTest {

    @Test
    void cases() {
        catches("DD3060", "FROM node\nRUN yarn install\n");
        catches("DD3060", "FROM node\nRUN yarn add left-pad@1.3.0\n");
        catches("DD3060", "FROM node\nRUN yarn --cwd /app install --frozen-lockfile \\\n && yarn build\n");
        catches("DD3060", "FROM node\nRUN yarn cache clean && yarn install\n");
        passes("DD3060", "FROM node\nRUN yarn install && yarn cache clean\n");
        passes("DD3060", "FROM node\nRUN yarn install \\\n && yarn cache clean --all\n");
        passes("DD3060", "FROM node\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install\n");
        passes("DD3060", "FROM node\nRUN yarn build\n");
    }
}
