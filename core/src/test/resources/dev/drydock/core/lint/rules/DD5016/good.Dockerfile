FROM debian:12
RUN --security=sandbox --network=none ./build.sh
RUN --network=default make
