# syntax=docker/dockerfile:1

# Build stage: has the compiler and the full source tree.
FROM golang:1.22.5-alpine3.20@sha256:1e7fe8f2b5c1a3bd0a3b8e0c0e1e3b2f4a6d8c9e0f1a2b3c4d5e6f7a8b9c0d1e AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY cmd/ ./cmd/
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/server ./cmd/server

# Runtime stage: only the static binary, a non-root user and a health check.
FROM gcr.io/distroless/static-debian12:nonroot@sha256:8dd8d3ca2cf283383304fd45a5c9c74d5f2cd9da8d3b077d720e264880077c65
COPY --from=build /out/server /server
USER 65532:65532
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD ["/server", "-healthcheck"]
ENTRYPOINT ["/server"]
