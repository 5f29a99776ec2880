# Jupyter notebook server of alice: on the server's address (the firewall keeps terminals away), behind nginx's /8888/.
c.NotebookApp.ip = "198.18.50.10"
c.NotebookApp.port = 8888
c.NotebookApp.port_retries = 0
c.NotebookApp.base_url = "/8888/"
c.NotebookApp.open_browser = False
c.NotebookApp.allow_remote_access = True
c.NotebookApp.notebook_dir = "/home/alice"
c.NotebookApp.token = open("/etc/jupyter/alice.token").read().strip()
c.NotebookApp.password = ""
