package offer

import "testing"

// TestNumber: thousands groups, decimals, and a separator that starts the
// next clause after thousands groups ("HK$17,000，5天工作" is 17,000 and
// "5 days", not 17,000.5 per day).
func TestNumber(t *testing.T) {
	tests := []struct {
		in      string
		want    float64
		wantEnd int
	}{
		{"1,500", 1500, 5},
		{"1.500.000", 1500000, 9},
		{"1.500.000,50", 1500000.5, 12},
		{"17.60", 17.6, 5},
		{"1.5k", 1.5, 3},
		{"17,000,5 days", 17000, 6},
		{"2,000.5", 2000.5, 7},
	}
	for _, tt := range tests {
		v, end := number([]byte(tt.in), 0)
		if v != tt.want || end != tt.wantEnd {
			t.Errorf("number(%q) = %v, %d; want %v, %d", tt.in, v, end, tt.want, tt.wantEnd)
		}
	}
}
