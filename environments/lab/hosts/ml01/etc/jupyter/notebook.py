# Jupyter notebook servers of ml01, one per user, each started as that user with this file: on the server's address
# (the firewall keeps terminals away), behind nginx's /PORT/.
import pwd, os
user = pwd.getpwuid(os.getuid()).pw_name
port = {"alice": 8888, "bob": 8889}[user]
c.NotebookApp.ip = "198.18.50.10"
c.NotebookApp.port = port
c.NotebookApp.port_retries = 0
c.NotebookApp.base_url = "/%d/" % port
c.NotebookApp.open_browser = False
c.NotebookApp.allow_remote_access = True
c.NotebookApp.notebook_dir = "/home/" + user
c.NotebookApp.token = open("/etc/jupyter/%s.token" % user).read().strip()
c.NotebookApp.password = ""
