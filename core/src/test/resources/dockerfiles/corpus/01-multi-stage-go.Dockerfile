# syntax=docker/dockerfile:1.7
ARG GO_VERSION=1.22
ARG ALPINE=3.20

FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod \
    go mod download
COPY . .
ARG TARGETOS TARGETARCH
RUN --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app ./cmd/app

FROM alpine:${ALPINE} AS runtime
RUN apk add --no-cache ca-certificates && adduser -D -u 10001 app
COPY --from=build --chown=app:app --chmod=0755 /out/app /usr/local/bin/app
USER app:app
EXPOSE 8080/tcp 9090/udp
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --start-interval=1s --retries=3 \
  CMD ["/usr/local/bin/app", "health"]
ENTRYPOINT ["/usr/local/bin/app"]
CMD ["serve", "--port=8080"]
