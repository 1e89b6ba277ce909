package stdlib_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dscript/dscript/bindings"
)

func TestTimeSleep(t *testing.T) {
	start := time.Now()
	v, err := invoke(t, nil, nil, "time", "sleep", 0.05)
	require.NoError(t, err)
	assert.Nil(t, v)
	assert.GreaterOrEqual(t, time.Since(start), 50*time.Millisecond)

	_, err = invoke(t, nil, nil, "time", "sleep", int64(0))
	require.NoError(t, err)
}

func TestTimeSleepCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	start := time.Now()
	_, err := invoke(t, ctx, nil, "time", "sleep", int64(30))
	require.Error(t, err)
	assert.Less(t, time.Since(start), 2*time.Second)
	assert.True(t, errors.Is(err, context.Canceled), "%v", err)
	assert.True(t, errors.Is(err, bindings.ErrCanceled), "%v", err)
}

func TestTimeClocks(t *testing.T) {
	now := mustInvoke(t, "time", "now").(float64)
	assert.InDelta(t, float64(time.Now().UnixNano())/1e9, now, 1)

	m1 := mustInvoke(t, "time", "monotonic").(float64)
	time.Sleep(10 * time.Millisecond)
	m2 := mustInvoke(t, "time", "monotonic").(float64)
	assert.GreaterOrEqual(t, m2-m1, 0.01)
}

func TestTimeFormat(t *testing.T) {
	utc := map[string]any{"utc": true}
	tests := []struct {
		name string
		args []any
		want string
	}{
		{"default RFC 3339", []any{int64(0), utc}, "1970-01-01T00:00:00Z"},
		{"fraction", []any{1.5, "RFC3339Nano", utc}, "1970-01-01T00:00:01.5Z"},
		{"named layout", []any{int64(86400), "DateTime", utc}, "1970-01-02 00:00:00"},
		{"named layout any case", []any{int64(86400), "dateonly", utc}, "1970-01-02"},
		{"Go layout", []any{int64(1700000000), "2006/01/02 15h04", utc}, "2023/11/14 22h13"},
		{"keywords", []any{map[string]any{"seconds": int64(0), "layout": "15:04:05", "utc": true}}, "00:00:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, mustInvoke(t, "time", "format", tt.args...))
		})
	}
	// without seconds: now, parseable as RFC 3339
	s := mustInvoke(t, "time", "format").(string)
	ts, err := time.Parse(time.RFC3339, s)
	require.NoError(t, err)
	assert.WithinDuration(t, time.Now(), ts, 2*time.Second)
}
