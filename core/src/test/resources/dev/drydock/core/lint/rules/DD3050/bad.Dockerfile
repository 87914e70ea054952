FROM debian:12
LABEL author="Drydock team" build-host="ci-7"
