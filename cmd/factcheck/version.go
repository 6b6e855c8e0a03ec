package main

import (
	"regexp"
	"runtime/debug"
)

// pseudo matches the pseudo-versions Go gives untagged commits
// ("v0.0.0-20231103120000-abcdef123456+dirty"): no release.
var pseudo = regexp.MustCompile(`-(0\.)?\d{14}-[0-9a-f]{12}`)

// version and commit are set at link time by release builds:
//
//	go build -ldflags "-X main.version=0.1.0 -X main.commit=$(git rev-parse HEAD)"
//
// Otherwise they come from the module and VCS information Go records.
var version, commit string

// versionInfo is which Factcheck this is.
type versionInfo struct {
	version, commit string
	modified        bool
}

// stamp is what the database records with each ruling: the version, or
// for a development build "dev-" and the commit.
func (v versionInfo) stamp() string {
	if v.version != "dev" || v.commit == "unknown" {
		return v.version
	}
	s := "dev-" + v.commit[:min(12, len(v.commit))]
	if v.modified {
		s += "+modified"
	}
	return s
}

func (v versionInfo) String() string {
	s := v.version + " (commit " + v.commit
	if v.modified {
		s += ", modified"
	}
	return s + ")"
}

// buildVersion reads the version and commit from the link-time variables,
// else from the build information.
func buildVersion() versionInfo {
	v := versionInfo{version: version, commit: commit}
	if bi, ok := debug.ReadBuildInfo(); ok {
		if mv := bi.Main.Version; v.version == "" && mv != "" && mv != "(devel)" && !pseudo.MatchString(mv) {
			v.version = mv
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				if v.commit == "" {
					v.commit = s.Value
				}
			case "vcs.modified":
				v.modified = s.Value == "true" && commit == ""
			}
		}
	}
	if v.version == "" {
		v.version = "dev"
	}
	if v.commit == "" {
		v.commit = "unknown"
	}
	return v
}
