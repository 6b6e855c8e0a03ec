package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/factcheck/factcheck/factcheck"
)

func TestValueText(t *testing.T) {
	tests := []struct {
		name string
		in   factcheck.Claim
		want string
	}{
		{"count", factcheck.Claim{Kind: factcheck.Count, Value: factcheck.Value{Num: 9000}}, "9,000"},
		{"money", factcheck.Claim{Kind: factcheck.Money, Unit: "USD", Value: factcheck.Value{Num: 2500000}}, "USD 2,500,000"},
		{"percent range", factcheck.Claim{Kind: factcheck.Percent, Value: factcheck.Value{Num: 30}, EndValue: &factcheck.Value{Num: 40}}, "30–40 %"},
		{"decimal", factcheck.Claim{Kind: factcheck.Measure, Unit: "km", Value: factcheck.Value{Num: 1234.5}}, "1,234.5 km"},
		{"negative", factcheck.Claim{Kind: factcheck.Count, Value: factcheck.Value{Num: -1500}}, "-1,500"},
		{"a length of time, plural as read", factcheck.Claim{Kind: factcheck.Duration, Unit: "year", Value: factcheck.Value{Num: 10}}, "10 years"},
		{"one month", factcheck.Claim{Kind: factcheck.Duration, Unit: "month", Value: factcheck.Value{Num: 1}}, "1 month"},
		{"date", factcheck.Claim{Kind: factcheck.Date, Value: factcheck.Value{Date: "2023-11-03"}}, "3 Nov 2023"},
		{"date without year", factcheck.Claim{Kind: factcheck.Date, Value: factcheck.Value{Date: "--11-03"}}, "3 Nov"},
		{"month", factcheck.Claim{Kind: factcheck.Date, Value: factcheck.Value{Date: "2005-02"}}, "Feb 2005"},
		{"date range", factcheck.Claim{Kind: factcheck.Date, Value: factcheck.Value{Date: "--11-01"}, EndValue: &factcheck.Value{Date: "--11-02"}}, "1 Nov–2 Nov"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := valueText(&tt.in); got != tt.want {
				t.Errorf("valueText = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestThousands(t *testing.T) {
	tests := []struct {
		in   int
		want string
	}{
		{0, "0"}, {999, "999"}, {1000, "1,000"}, {1234567, "1,234,567"}, {-45000, "-45,000"},
	}
	for _, tt := range tests {
		if got := thousands(tt.in); got != tt.want {
			t.Errorf("thousands(%d) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFitText(t *testing.T) {
	test.NewTempApp(t)
	size, style := theme.CaptionTextSize(), fyne.TextStyle{}
	long := "USD 21  ·  money  ·  OPEC raises its reference price for crude oil"
	whole := fyne.MeasureText(long, size, style).Width
	if got := fitText(long, whole, size, style); got != long {
		t.Errorf("fitText at its own width = %q, want it whole", got)
	}
	for _, width := range []float32{whole * 0.6, whole / 3, 1} {
		got := fitText(long, width, size, style)
		if !strings.HasSuffix(got, "…") || !strings.HasPrefix(long, strings.TrimSuffix(got, "…")) {
			t.Errorf("fitText(width %.0f) = %q, want a start of the text and an ellipsis", width, got)
		}
		if w := fyne.MeasureText(got, size, style).Width; w > width && got != "…" {
			t.Errorf("fitText(width %.0f) = %q, %.0f wide", width, got, w)
		}
	}
	if got := fitText(long, whole/3, size, style); strings.HasSuffix(strings.TrimSuffix(got, "…"), " ") {
		t.Errorf("fitText cut = %q, want no space before the ellipsis", got)
	}
}
