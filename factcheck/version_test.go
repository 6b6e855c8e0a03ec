package factcheck

import "testing"

func TestBuildStamp(t *testing.T) {
	tests := []struct {
		b            Build
		stamp, print string
	}{
		{Build{"0.1.0", "0123456789abcdef", false}, "0.1.0", "0.1.0 (commit 0123456789abcdef)"},
		{Build{"dev", "0123456789abcdef", true}, "dev-0123456789ab+modified", "dev (commit 0123456789abcdef, modified)"},
		{Build{"dev", "unknown", false}, "dev", "dev (commit unknown)"},
	}
	for _, tt := range tests {
		if got := tt.b.Stamp(); got != tt.stamp {
			t.Errorf("%+v.Stamp() = %q, want %q", tt.b, got, tt.stamp)
		}
		if got := tt.b.String(); got != tt.print {
			t.Errorf("%+v.String() = %q, want %q", tt.b, got, tt.print)
		}
	}
	if b := ReadBuild(); b.Version == "" || b.Commit == "" {
		t.Errorf("ReadBuild() = %+v: empty fields", b)
	}
}
