# Stage STAGE: builds one service of the monorepo.
FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-bookworm AS build-STAGE
ARG TARGETOS TARGETARCH
ARG SERVICE=service-STAGE
ENV CGO_ENABLED=0 \
    GOFLAGS="-trimpath -mod=readonly" \
    SERVICE_HOME=/opt/${SERVICE}
WORKDIR /src/${SERVICE}
RUN apt-get update \
    # the tools the build scripts need
    && apt-get install -y --no-install-recommends \
        ca-certificates \
        curl \
        git \
        make \
    && rm -rf /var/lib/apt/lists/*
COPY --link go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    go mod download && go mod verify
COPY --link . .
RUN <<EOF
set -eux
GOOS=$TARGETOS GOARCH=$TARGETARCH go build -ldflags="-s -w" -o /out/${SERVICE} ./cmd/${SERVICE}
if [ -f scripts/post-build.sh ]; then sh scripts/post-build.sh; fi
EOF
RUN curl -fsSL https://example.com/tools/install.sh | sh -s -- --version 1.2.3 \
    && cd /tmp && tar -xzf tools.tgz && ./install --prefix=/usr/local || { echo "install failed"; exit 1; }

FROM gcr.io/distroless/static-debian12:nonroot AS service-STAGE
LABEL org.opencontainers.image.title="service-STAGE" \
      org.opencontainers.image.source="https://example.com/repo" \
      org.opencontainers.image.description="Service STAGE of the demo"
COPY --from=build-STAGE --chown=65532:65532 /out/service-STAGE /usr/local/bin/service
COPY <<EOF /etc/service/config.yaml
listen: ":8080"
name: service-STAGE
EOF
EXPOSE 8080/tcp 9090
USER 65532:65532
HEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD ["/usr/local/bin/service", "health"]
ENTRYPOINT ["/usr/local/bin/service"]
CMD ["serve", "--config=/etc/service/config.yaml"]

