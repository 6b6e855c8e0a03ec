package factcheck

import (
	"regexp"
	"runtime/debug"
)

// RulesVersion numbers the extraction and grouping rules. It goes up with
// every change to what they find, so that a store made by earlier rules
// can tell, and be brought up to date by extracting its articles again.
const RulesVersion = 546

// pseudo matches the pseudo-versions Go gives untagged commits
// ("v0.0.0-20231103120000-abcdef123456+dirty"): no release.
var pseudo = regexp.MustCompile(`-(0\.)?\d{14}-[0-9a-f]{12}`)

// version and commit are set at link time by release builds:
//
//	go build -ldflags "-X github.com/factcheck/factcheck/factcheck.version=0.1.0 \
//		-X github.com/factcheck/factcheck/factcheck.commit=$(git rev-parse HEAD)"
//
// Otherwise they come from the module and VCS information Go records.
var version, commit string

// A Build says which Factcheck this is: every ruling records it.
type Build struct {
	Version  string // a release, or "dev"
	Commit   string // the VCS revision, or "unknown"
	Modified bool   // built from a working tree with changes
}

// Stamp is what the database records with each ruling: the version, or
// for a development build "dev-" and the commit.
func (v Build) Stamp() string {
	if v.Version != "dev" || v.Commit == "unknown" {
		return v.Version
	}
	s := "dev-" + v.Commit[:min(12, len(v.Commit))]
	if v.Modified {
		s += "+modified"
	}
	return s
}

// String formats v as "0.1.0 (commit abc…)".
func (v Build) String() string {
	s := v.Version + " (commit " + v.Commit
	if v.Modified {
		s += ", modified"
	}
	return s + ")"
}

// ReadBuild reads the version and commit from the link-time variables,
// else from the build information Go records.
func ReadBuild() Build {
	v := Build{Version: version, Commit: commit}
	if bi, ok := debug.ReadBuildInfo(); ok {
		if mv := bi.Main.Version; v.Version == "" && mv != "" && mv != "(devel)" && !pseudo.MatchString(mv) {
			v.Version = mv
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				if v.Commit == "" {
					v.Commit = s.Value
				}
			case "vcs.modified":
				v.Modified = s.Value == "true" && commit == ""
			}
		}
	}
	if v.Version == "" {
		v.Version = "dev"
	}
	if v.Commit == "" {
		v.Commit = "unknown"
	}
	return v
}
