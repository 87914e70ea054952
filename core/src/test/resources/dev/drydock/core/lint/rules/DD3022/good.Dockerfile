FROM golang:1.23 AS Build
RUN go build -o /out/app .
FROM alpine:3.20
COPY --from=build /out/app /usr/local/bin/app
COPY --from=0 /out/app /usr/local/bin/app2
COPY --from=nginx:1.27 /etc/nginx /etc/nginx
