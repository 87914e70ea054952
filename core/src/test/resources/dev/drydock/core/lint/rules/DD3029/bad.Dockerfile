FROM --platform=linux/amd64 debian:12
FROM --platform=linux/arm64	ALPINE AS x
