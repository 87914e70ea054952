FROM debian:12
RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
RUN --mount=type=cache,target=/root/.cache pip install x
WORKDIR /srv
RUN echo done
