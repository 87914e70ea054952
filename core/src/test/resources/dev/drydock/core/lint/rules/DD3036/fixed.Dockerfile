FROM opensuse/leap:15.6
RUN zypper install -y curl=8.6.0 && zypper clean --all
RUN zypper -n in git=2.46.0; \
    git --version && zypper clean --all
