@echo off
rem npm-mcp from the release archive (Windows): its own Java runtime, the jar, and a start-up cache made for them.
rem Nothing but the server may write to stdout: it is the MCP stdio channel.
setlocal
set "HERE=%~dp0.."
set "NPM_MCP_LAUNCHER=%~f0"
set "GC=-XX:+UseSerialGC"
echo %NPM_MCP_JAVA_OPTS% | findstr /r /c:"-XX:+Use.*GC" >nul && set "GC="
set "CACHE="
if not "%NPM_MCP_CACHE%"=="off" if exist "%HERE%\lib\npm-mcp.aot" set "CACHE=-XX:AOTCache=%HERE%\lib\npm-mcp.aot -Xlog:aot*=off:stderr -Xlog:cds*=off:stderr"
"%HERE%\runtime\bin\java.exe" %GC% @JVM_DEFAULTS@ %NPM_MCP_JAVA_OPTS% %CACHE% -jar "%HERE%\lib\npm-mcp.jar" %*
