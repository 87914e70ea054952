FROM golang:1.22 AS build
RUN go build -o /app .

FROM debian:12-slim
COPY --from=build /app /usr/local/bin/app
RUN groupadd --system app && useradd --system --gid app --no-create-home app
USER app
EXPOSE 8080
CMD ["app"]
