package serve

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	gossh "golang.org/x/crypto/ssh"
)

// DefaultHostKeyPath is where the host key lives when --host-key is not
// given: $XDG_DATA_HOME/brief/host_ed25519, else ~/.local/share/brief/….
func DefaultHostKeyPath() (string, error) {
	if dir := os.Getenv("XDG_DATA_HOME"); filepath.IsAbs(dir) {
		return filepath.Join(dir, "brief", "host_ed25519"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("find home directory for the host key: %w", err)
	}
	return filepath.Join(home, ".local", "share", "brief", "host_ed25519"), nil
}

// loadOrCreateHostKey reads the host key at path, creating an ed25519 key
// there (mode 0600, directory 0700) on first start. The key is reused
// afterwards so clients' known_hosts entries stay valid across restarts.
// created reports whether a new key was written; loose reports a key file
// that others can read (worth a warning, as OpenSSH would refuse it).
func loadOrCreateHostKey(path string) (signer gossh.Signer, created, loose bool, err error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		data, err = createHostKey(path)
		if err != nil {
			return nil, false, false, err
		}
		created = true
	} else if err != nil {
		return nil, false, false, fmt.Errorf("read host key %s: %w", path, err)
	}
	signer, err = gossh.ParsePrivateKey(data)
	if err != nil {
		return nil, false, false, fmt.Errorf("parse host key %s: %w", path, err)
	}
	if fi, err := os.Stat(path); err == nil && fi.Mode().Perm()&0o077 != 0 {
		loose = true
	}
	return signer, created, loose, nil
}

// createHostKey writes a new ed25519 key. O_EXCL makes two servers started
// at once agree on one key: the loser reads the winner's file.
func createHostKey(path string) ([]byte, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("create host key directory: %w", err)
	}
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("generate host key: %w", err)
	}
	block, err := gossh.MarshalPrivateKey(priv, "brief host key")
	if err != nil {
		return nil, fmt.Errorf("encode host key: %w", err)
	}
	data := pem.EncodeToMemory(block)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		existing, rerr := os.ReadFile(path)
		if rerr != nil {
			return nil, fmt.Errorf("read host key %s: %w", path, rerr)
		}
		return existing, nil
	}
	if err != nil {
		return nil, fmt.Errorf("create host key %s: %w", path, err)
	}
	if _, err := f.Write(data); err != nil {
		_ = f.Close()
		_ = os.Remove(path)
		return nil, fmt.Errorf("write host key %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		_ = os.Remove(path)
		return nil, fmt.Errorf("write host key %s: %w", path, err)
	}
	return data, nil
}

// loadAuthorizedKeys reads an OpenSSH authorized_keys file into a set keyed
// by the keys' wire encoding. Options in the file (command=, from=) are not
// honoured: a listed key gets the reader and nothing else, which is already
// the most any client gets.
func loadAuthorizedKeys(path string) (map[string]struct{}, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read authorized keys: %w", err)
	}
	keys := map[string]struct{}{}
	for len(data) > 0 {
		pk, _, _, rest, err := gossh.ParseAuthorizedKey(data)
		if err != nil {
			// ParseAuthorizedKey skips blank lines, comments and lines it
			// cannot parse, so an error means no key in the rest of the file.
			break
		}
		keys[string(pk.Marshal())] = struct{}{}
		data = rest
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("authorized keys %s: no public keys found", path)
	}
	return keys, nil
}
