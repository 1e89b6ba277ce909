#!/usr/bin/env bash
# Installs the Debian packages that dscript's tests need, when they are
# missing: a Docker engine (dockerd 20.10 from docker.io), a static busybox
# (the test image busybox:latest is made from it), a registry and htpasswd
# (for the registry with authentication), make, lua5.1 (the reference
# interpreter of the Lua adapter's differential test) and OpenSSH (the
# ssh:// transport's tests run sshd and the ssh client). Go modules are fetched
# by the go command itself. Runs `apt-get update` only when something is
# missing; installs nothing when everything is there.
set -euo pipefail
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"

have() { command -v "$1" >/dev/null 2>&1; }
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'ok installed'; }

missing=()
have dockerd || missing+=(docker.io)
have iptables || missing+=(iptables)
# The busybox package is dynamically linked; the image needs the static one.
installed busybox-static || missing+=(busybox-static)
have docker-registry || missing+=(docker-registry)
have htpasswd || missing+=(apache2-utils)
have make || missing+=(make)
have ip || missing+=(iproute2)
have lua5.1 || missing+=(lua5.1)
# ssh:// transport tests run an sshd of their own and the ssh client.
[ -x /usr/sbin/sshd ] || missing+=(openssh-server)
have ssh || missing+=(openssh-client)

if [ "${#missing[@]}" -eq 0 ]; then
	exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
if [ "$(id -u)" -ne 0 ]; then
	if have sudo; then
		exec sudo -E bash "$0" "$@"
	fi
	echo "install-deps: need root to install ${missing[*]}" >&2
	exit 1
fi

# Keep the packages' maintainer scripts from starting services (docker.io
# would start a system dockerd, which would compete with the tests' own for
# docker0 and iptables).
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
	printf '#!/bin/sh\nexit 101\n' >"$policy"
	chmod 755 "$policy"
	trap 'rm -f "$policy"' EXIT
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${missing[@]}" >/dev/null

for cmd in dockerd docker-registry htpasswd busybox make lua5.1 ssh sshd; do
	have "$cmd" || { echo "install-deps: $cmd still missing after installing ${missing[*]}" >&2; exit 1; }
done
