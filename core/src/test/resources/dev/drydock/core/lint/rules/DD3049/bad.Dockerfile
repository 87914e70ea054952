FROM debian:12 AS build
RUN make
FROM debian:12
COPY --from=build /out /app
LABEL author="Drydock team" maintainer="team@example.com"
