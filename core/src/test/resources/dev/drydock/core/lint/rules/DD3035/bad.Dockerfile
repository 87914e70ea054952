FROM opensuse/leap:15.6
RUN zypper -n dist-upgrade && zypper clean --all
RUN zypper --non-interactive dup
