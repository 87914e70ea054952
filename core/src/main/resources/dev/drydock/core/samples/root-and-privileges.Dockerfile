FROM ubuntu:22.04

RUN apt-get update && apt-get install -y --no-install-recommends sudo openssh-server \
    && rm -rf /var/lib/apt/lists/*
RUN useradd -m -u 1000 app && chmod -R 777 /opt
RUN --security=insecure --network=host mount -t tmpfs none /mnt
RUN sudo service ssh start

VOLUME /var/run/docker.sock
USER app
RUN mkdir -p /home/app/data
USER root

EXPOSE 22
CMD ["/usr/sbin/sshd", "-D"]
