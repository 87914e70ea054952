FROM centos:7
RUN yum install -y httpd-2.4.6 python3-pip-9.0.3 /tmp/tool.rpm @development \
    && yum module install -y nodejs:18 \
    && yum clean all
