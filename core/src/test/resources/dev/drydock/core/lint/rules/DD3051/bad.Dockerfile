FROM debian:12
LABEL author="" maintainer=
