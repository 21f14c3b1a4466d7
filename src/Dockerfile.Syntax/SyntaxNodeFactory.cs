using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary>Creates the typed red node for a green node.</summary>
internal static class SyntaxNodeFactory
{
    public static SyntaxNode CreateRed(GreenNode green, SyntaxNode? parent, int position) => green.Kind switch
    {
        SyntaxKind.Dockerfile => new DockerfileSyntax(green, parent, position),
        SyntaxKind.ParserDirective => new ParserDirectiveSyntax(green, parent, position),
        SyntaxKind.Flag => new FlagSyntax(green, parent, position),
        SyntaxKind.Word => new WordSyntax(green, parent, position),
        SyntaxKind.SingleQuotedString => new SingleQuotedStringSyntax(green, parent, position),
        SyntaxKind.DoubleQuotedString => new DoubleQuotedStringSyntax(green, parent, position),
        SyntaxKind.SimpleVariableReference => new SimpleVariableReferenceSyntax(green, parent, position),
        SyntaxKind.BracedVariableReference => new BracedVariableReferenceSyntax(green, parent, position),
        SyntaxKind.ShellForm => new ShellFormSyntax(green, parent, position),
        SyntaxKind.ExecForm => new ExecFormSyntax(green, parent, position),
        SyntaxKind.RawText => new RawTextSyntax(green, parent, position),
        SyntaxKind.KeyValuePair => new KeyValuePairSyntax(green, parent, position),
        SyntaxKind.ArgDeclaration => new ArgDeclarationSyntax(green, parent, position),
        SyntaxKind.Heredoc => new HeredocSyntax(green, parent, position),
        SyntaxKind.AddInstruction => new AddInstructionSyntax(green, parent, position),
        SyntaxKind.ArgInstruction => new ArgInstructionSyntax(green, parent, position),
        SyntaxKind.CmdInstruction => new CmdInstructionSyntax(green, parent, position),
        SyntaxKind.CopyInstruction => new CopyInstructionSyntax(green, parent, position),
        SyntaxKind.EntrypointInstruction => new EntrypointInstructionSyntax(green, parent, position),
        SyntaxKind.EnvInstruction => new EnvInstructionSyntax(green, parent, position),
        SyntaxKind.ExposeInstruction => new ExposeInstructionSyntax(green, parent, position),
        SyntaxKind.FromInstruction => new FromInstructionSyntax(green, parent, position),
        SyntaxKind.HealthcheckInstruction => new HealthcheckInstructionSyntax(green, parent, position),
        SyntaxKind.LabelInstruction => new LabelInstructionSyntax(green, parent, position),
        SyntaxKind.MaintainerInstruction => new MaintainerInstructionSyntax(green, parent, position),
        SyntaxKind.OnbuildInstruction => new OnbuildInstructionSyntax(green, parent, position),
        SyntaxKind.RunInstruction => new RunInstructionSyntax(green, parent, position),
        SyntaxKind.ShellInstruction => new ShellInstructionSyntax(green, parent, position),
        SyntaxKind.StopsignalInstruction => new StopsignalInstructionSyntax(green, parent, position),
        SyntaxKind.UserInstruction => new UserInstructionSyntax(green, parent, position),
        SyntaxKind.VolumeInstruction => new VolumeInstructionSyntax(green, parent, position),
        SyntaxKind.WorkdirInstruction => new WorkdirInstructionSyntax(green, parent, position),
        _ => new UnknownInstructionSyntax(green, parent, position),
    };
}
