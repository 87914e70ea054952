FROM eclipse-temurin:21 AS base
COPY app.jar app/
COPY ["lib", "lib/"]
FROM base
COPY run.sh .
