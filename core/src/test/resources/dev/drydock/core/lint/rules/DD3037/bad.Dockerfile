FROM opensuse/leap:15.6
RUN zypper install -y curl git=2.46.0 && zypper clean --all
