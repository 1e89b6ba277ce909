package stdlib

import (
	"io"
	"strings"
	"time"

	"github.com/dscript/dscript/bindings"
)

// LogModuleClass is the log module: leveled lines on the runtime's stderr.
var LogModuleClass = bindings.NewModule("log", "Leveled log lines on stderr; the threshold comes from DSCRIPT_LOG_LEVEL.")

// Log is the log module's object.
var Log = bindings.RegisterModule("log", LogModuleClass)

// LogLevelVar names the environment variable holding the lowest level
// written: debug, info (the default), warn or error.
const LogLevelVar = "DSCRIPT_LOG_LEVEL"

// LogArgs are the parameters of the log functions.
type LogArgs struct {
	Message any            `arg:"message" pos:"0" req:"true" doc:"The message (a non-str value is rendered as text)."`
	Fields  map[string]any `arg:"fields" pos:"1" doc:"Extra context, appended as sorted key=value pairs."`
}

// log levels, in increasing severity.
const (
	levelDebug = iota
	levelInfo
	levelWarn
	levelError
)

var levelNames = [...]string{"DEBUG", "INFO", "WARN", "ERROR"}

// threshold reads DSCRIPT_LOG_LEVEL; unknown or empty means info.
func threshold(c *bindings.Call) int {
	switch strings.ToLower(strings.TrimSpace(getenv(c, LogLevelVar))) {
	case "debug", "trace":
		return levelDebug
	case "warn", "warning":
		return levelWarn
	case "error":
		return levelError
	}
	return levelInfo
}

func init() {
	cls := LogModuleClass
	for _, l := range []struct {
		name  string
		level int
		doc   string
	}{
		{"debug", levelDebug, "Log a DEBUG line (shown when DSCRIPT_LOG_LEVEL=debug)."},
		{"info", levelInfo, "Log an INFO line."},
		{"warn", levelWarn, "Log a WARN line."},
		{"error", levelError, "Log an ERROR line."},
	} {
		level := l.level
		bindings.Func(cls, l.name, l.doc, func(c *bindings.Call, a *LogArgs) (any, error) {
			if level < threshold(c) {
				return nil, nil
			}
			// a failing stderr must not fail the script
			_ = writeLog(stderr(c), time.Now(), level, a)
			return nil, nil
		})
	}
}

// writeLog writes one "TIMESTAMP LEVEL message key=value" line in a
// single Write.
func writeLog(w io.Writer, now time.Time, level int, a *LogArgs) error {
	var b strings.Builder
	b.WriteString(now.Format("2006-01-02T15:04:05.000Z07:00"))
	b.WriteByte(' ')
	b.WriteString(levelNames[level])
	b.WriteByte(' ')
	b.WriteString(text(a.Message))
	if len(a.Fields) > 0 {
		b.WriteByte(' ')
		b.WriteString(fieldsText(a.Fields))
	}
	b.WriteByte('\n')
	_, err := io.WriteString(w, b.String())
	return err
}
