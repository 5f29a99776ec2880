"""The HOST family's facts (HOST-01..03) checked with Testinfra against a lab instance.

Every command goes through nsenter into the lab host's network, mount and UTS namespaces, the same path the
suite's netns transport uses. Expected values mirror environments/lab/expected/{sudo,data}.yaml.
"""
import os
import re
import shlex

import pytest

INSTANCE = os.environ.get("LAB_INSTANCE", "labh")
LAB = os.path.join(os.path.dirname(__file__), "..", "..", "environments", "lab")
HOSTS = [h for h in re.findall(r"^  - name: (\S+)$", open(os.path.join(LAB, "inventory.yaml")).read(), re.M)]
ROOT_HOLDERS = {"root", "devroot1", "devroot2", "compliance"}
INFRA = ["infra1", "infra2"]
APPROVED = {
    "/usr/bin/systemctl restart nginx",
    "/usr/bin/systemctl status nginx --no-pager",
    "/usr/bin/journalctl --no-pager -u nginx",
}
STORE, MARKER = "/srv/confidential", "dataset.csv"
ROOTS = ["/srv", "/home", "/var", "/tmp", "/opt", "/root", "/mnt", "/media"]
PRUNE = ["/var/lib/compliance-lab", "/var/lib/docker", "/var/cache", "/var/lib/apt", "/var/lib/dpkg"]


def run(host, target, *argv):
    ns = [
        "nsenter",
        f"--net=/run/netns/{INSTANCE}-{target}",
        f"--mount=/run/compliance-lab/{INSTANCE}/ns/{target}.mnt",
        f"--uts=/run/compliance-lab/{INSTANCE}/ns/{target}.uts",
        "--",
    ]
    return host.run(" ".join(shlex.quote(a) for a in ns + list(argv)))


def sudo_commands(host, user):
    out = run(host, "ml01", "sudo", "-n", "-ll", "-U", user).stdout
    return [line.strip() for line in out.splitlines() if line.startswith("\t")]


def test_only_root_has_uid_zero(host):
    passwd = run(host, "ml01", "getent", "passwd").stdout
    assert [l.split(":")[0] for l in passwd.splitlines() if l.split(":")[2] == "0"] == ["root"]


def test_root_cannot_log_in_over_ssh(host):
    assert "permitrootlogin no" in run(host, "ml01", "sshd", "-T").stdout


def test_admin_groups_hold_only_the_development_side(host):
    for group in ("sudo", "admin", "wheel"):
        line = run(host, "ml01", "getent", "group", group).stdout.strip()
        members = set(filter(None, line.split(":")[3].split(","))) if line else set()
        assert members <= ROOT_HOLDERS


def test_only_the_development_side_holds_sudo_all(host):
    users = [l.split(":")[0] for l in run(host, "ml01", "getent", "passwd").stdout.splitlines()]
    for user in users:
        if "ALL" in sudo_commands(host, user):
            assert user in ROOT_HOLDERS, user


@pytest.mark.parametrize("user", INFRA)
def test_infra_account_holds_only_approved_commands(host, user):
    commands = sudo_commands(host, user)
    assert commands and set(commands) <= APPROVED
    assert not any(c == "ALL" or "*" in c for c in commands)


def test_store_is_owned_by_the_project_and_closed(host):
    out = run(host, "ml01", "find", STORE, "-printf", r"%u %g %m %p\n").stdout
    for line in out.splitlines():
        owner, group, mode, path = line.split(" ", 3)
        assert (owner, group) == ("root", "mlproject"), path
        assert int(mode, 8) & 0o007 == 0, path


def test_store_has_no_named_acl_entries(host):
    acl = run(host, "ml01", "getfacl", "-p", "-R", STORE).stdout
    assert not re.search(r"^(default:)?(user|group):[^:]+:", acl, re.M)


@pytest.mark.parametrize("user", INFRA)
def test_infra_account_cannot_read_the_data(host, user):
    attempt = run(host, "ml01", "runuser", "-u", user, "--", "head", "-c", "64", "--", f"{STORE}/{MARKER}")
    assert attempt.rc != 0 and "Permission denied" in attempt.stderr


def test_project_member_reads_the_data(host):
    assert run(host, "ml01", "runuser", "-u", "alice", "--", "head", "-c", "64", "--", f"{STORE}/{MARKER}").rc == 0


@pytest.mark.parametrize("target", [h for h in HOSTS if h not in ("ml01", "inet")])
def test_no_other_host_holds_or_exports_the_store(host, target):
    prune = " -o ".join(f"-path {p}" for p in PRUNE)
    script = (f"for r in {' '.join(ROOTS)}; do [ -e $r ] && find $r \\( {prune} \\) -prune -o "
              f"\\( -name confidential -o -name {MARKER} \\) -print 2>/dev/null; done; true")
    assert run(host, target, "sh", "-c", script).stdout.strip() == ""
    exports = run(host, target, "sh", "-c", "cat /etc/exports /etc/exports.d/*.exports 2>/dev/null; true").stdout
    assert "/srv" not in exports
