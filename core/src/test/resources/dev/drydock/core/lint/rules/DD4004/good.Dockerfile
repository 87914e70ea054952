FROM golang:1.23 AS build
ENTRYPOINT ["go"]
FROM nginx:1.27
ENTRYPOINT ["nginx"]
