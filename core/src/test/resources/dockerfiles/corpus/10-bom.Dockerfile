# syntax=docker/dockerfile:1
FROM scratch
COPY hello /
CMD ["/hello"]
