FROM debian:12
RUN groupadd -g 1000000 app && \
    useradd -u 1000000 -g app app
RUN useradd --uid=2000000 -m svc
