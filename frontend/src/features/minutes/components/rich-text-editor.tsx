import { BoldOutlined, ItalicOutlined, OrderedListOutlined, UnderlineOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  value: string;
  onChange(html: string): void;
  onBlur?(): void;
  label: string;
  testId?: string;
};

const COMMANDS = [
  { command: 'bold', icon: <BoldOutlined />, label: 'minutes.editor.bold' },
  { command: 'italic', icon: <ItalicOutlined />, label: 'minutes.editor.italic' },
  { command: 'underline', icon: <UnderlineOutlined />, label: 'minutes.editor.underline' },
  { command: 'insertUnorderedList', icon: <UnorderedListOutlined />, label: 'minutes.editor.bullets' },
  { command: 'insertOrderedList', icon: <OrderedListOutlined />, label: 'minutes.editor.numbers' },
] as const;

/**
 * A small rich-text field: a contenteditable with bold, italic, underline and lists. Whatever it
 * produces, the server keeps only its allow-list (docs/minutes.md); this is only the typing surface.
 */
export function RichTextEditor({ value, onChange, onBlur, label, testId }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);

  // take outside changes (another editor's save) without fighting the caret while typing here
  useEffect(() => {
    const element = ref.current;
    if (element && element.innerHTML !== value && document.activeElement !== element) element.innerHTML = value;
  }, [value]);

  const run = (command: string) => {
    ref.current?.focus();
    document.execCommand(command);
    if (ref.current) onChange(ref.current.innerHTML);
  };

  return (
    <div className="minutes-editor">
      <Space size={4} className="minutes-editor-toolbar" role="toolbar" aria-label={t('minutes.editor.toolbar')}>
        {COMMANDS.map((c) => (
          <Tooltip key={c.command} title={t(c.label)}>
            <Button size="small" icon={c.icon} aria-label={t(c.label)} onMouseDown={(e) => e.preventDefault()} onClick={() => run(c.command)} />
          </Tooltip>
        ))}
      </Space>
      <div
        ref={ref}
        className="minutes-editor-area"
        contentEditable
        suppressContentEditableWarning
        role="textbox"
        aria-multiline="true"
        aria-label={label}
        data-testid={testId}
        onInput={(e) => onChange((e.target as HTMLDivElement).innerHTML)}
        onBlur={onBlur}
      />
    </div>
  );
}
